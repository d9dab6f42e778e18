/** `2026-12-02` → `02/12/2026`: dates as a French reader reads them (messages, alerts, e-mails). */
export function frenchDate(isoDate: string): string {
  const [year, month, day] = isoDate.slice(0, 10).split('-');
  return `${day}/${month}/${year}`;
}

const numberFormats = new Map<number, Intl.NumberFormat>();

/** `1234.5` → `1 234,5` (French grouping and decimal comma), with at most `decimals` decimals. */
export function frenchNumber(value: number | string, decimals = 2): string {
  let format = numberFormats.get(decimals);
  if (!format) numberFormats.set(decimals, (format = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: decimals })));
  return format.format(Number(value)).replace(/\u202f/g, '\u00a0');
}
