/**
 * Reading an uploaded spreadsheet (XLSX or CSV), for the subgraphs that import one: the body up to a limit,
 * the format from its bytes (an XLSX is checked for macros, external links and zip bombs before it is
 * unpacked; a CSV's encoding and separator are detected), then its rows as a stream, and a cell as text.
 * A subpath (`@maillage/subgraph-kit/imports`) so that only the processes that import load exceljs.
 * The errors are typed (413, 415 through the kit's files router), in French, never quoting the file.
 */
export { cellText, simplifyHeader } from './cells';
export { FileTooLargeError, UnsupportedFileError } from './errors';
export type { FileRow } from './file-row';
export { openUpload, readBody, type ReadFile, type UploadLimit } from './upload';
