import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

type Scorer = (password: string, userInputs: string[]) => number;
let scorer: Promise<Scorer> | undefined;

/** zxcvbn-ts with the common dictionary, loaded on first use (its own chunk: the login page does not pay for it). */
function loadScorer(): Promise<Scorer> {
  scorer ??= Promise.all([import('@zxcvbn-ts/core'), import('@zxcvbn-ts/language-common')]).then(([core, common]) => {
    const factory = new core.ZxcvbnFactory({ dictionary: { ...common.dictionary }, graphs: common.adjacencyGraphs });
    return (password: string, userInputs: string[]) => factory.check(password, userInputs).score;
  });
  return scorer;
}

/**
 * Strength meter under a new-password field (issue 20). Advice only: the server's policy (docs/security.md § 3a)
 * decides, and names the rule when it refuses.
 */
export function PasswordStrength({ password, userInputs = [] }: { password: string; userInputs?: string[] }) {
  const { t } = useTranslation();
  // the last score computed (scoring is asynchronous); nothing is shown for an empty password
  const [lastScore, setLastScore] = useState<number | null>(null);
  const inputsKey = userInputs.join('\u0000');
  useEffect(() => {
    let live = true;
    if (!password) return;
    void loadScorer().then((check) => {
      if (live) setLastScore(check(password, inputsKey ? inputsKey.split('\u0000') : []));
    });
    return () => {
      live = false;
    };
  }, [password, inputsKey]);
  const score = password ? lastScore : null;
  if (score === null) return null;
  return (
    <div className="password-strength" data-testid="password-strength">
      <meter min={0} max={4} low={2} high={3} optimum={4} value={score} aria-label={t('password.strength')} /> <span className="small">{t(`password.score${score}`)}</span>
    </div>
  );
}
