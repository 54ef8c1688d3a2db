// Every feature's strings and rule translations, registered when the staff area or the signed-in client zone loads. Features import only their own
// locales; the strings the shared kit shows (shared/collection: notices.*, shared/ui: servicing.*) and the ones a
// screen borrows from another feature (client-zone rules on the staff access panel) are there because of this file.
import '../features/client-zone/locales';
import '../features/client-zone-access/locales';
import '../features/contracts/locales';
import '../features/dashboard/locales';
import '../features/debtor-file/locales';
import '../features/forbearance/locales';
import '../features/dictionaries/locales';
import '../features/legal-rates/locales';
import '../features/mass-generation/locales';
import '../features/notices/locales';
import '../features/settings/locales';
import '../features/statements/locales';
import '../features/templates/locales';
