/** One row of an uploaded file: its number as the uploader's spreadsheet shows it (1 = first row), and its cells. */
export interface FileRow {
  line: number;
  cells: unknown[];
}
