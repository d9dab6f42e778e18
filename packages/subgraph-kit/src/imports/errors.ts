import { GraphQLError } from 'graphql';

/**
 * The file errors the kit's files router answers with their HTTP status (413, 415): a GraphQLError with a
 * literal code, like the kit's client errors, and a French message naming the rule (never a value read
 * from the file, which may hold personal data).
 */
export class FileTooLargeError extends GraphQLError {
  constructor(message: string) {
    super(message, { extensions: { code: 'PAYLOAD_TOO_LARGE', field: 'fichier' } });
  }
}

/** Not a spreadsheet we read, or one we refuse to open (macros, external links, a zip bomb). */
export class UnsupportedFileError extends GraphQLError {
  constructor(message: string) {
    super(message, { extensions: { code: 'UNSUPPORTED_MEDIA_TYPE', field: 'fichier' } });
  }
}
