import { graphql } from './generated';

/** What the GSM-7 normalisation of an SMS text changed (notices, templates, previews). */
export const SmsNormalisationFieldsFragment = graphql(`
  fragment SmsNormalisationFields on SmsNormalisation {
    changed
    replaced {
      from
      to
      count
    }
    removed {
      char
      count
    }
  }
`);

/** Length of an SMS text in characters, GSM-7 units and parts. */
export const SmsLengthFieldsFragment = graphql(`
  fragment SmsLengthFields on SmsLength {
    characters
    units
    parts
    perPart
  }
`);
