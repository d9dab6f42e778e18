/** The limits of one file (issue #17): what a month of a large contract needs, with room. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
export const MAX_LINES = 20_000;
