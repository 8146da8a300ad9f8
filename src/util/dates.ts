/**
 * Dates as ERPs export them, read as ISO dates: "2024-01-31" (a time after it is kept), SAP's
 * "20240131", "31.01.2024" (dots: day first, as in German, Russian and most of Europe) and
 * "2024/01/31". "01/02/2024" is left unread: it is 1 February in Europe and 2 January in the US.
 */

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?=$|[T ])/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const DOTTED = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
const YEAR_FIRST_SLASHED = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/;

/**
 * The ISO form of a date written one of the ways above, or `undefined` for another way or a day
 * that does not exist (2024-02-30).
 *
 * @example
 * isoDate("31.01.2024")           //=> "2024-01-31"
 * isoDate("20240131")             //=> "2024-01-31"
 * isoDate("2024-01-31T10:00:00Z") //=> "2024-01-31T10:00:00Z"
 * isoDate("01/02/2024")           //=> undefined
 */
export function isoDate(text: string): string | undefined {
  const t = text.trim();
  let m = ISO.exec(t);
  if (m) return validDay(m[1] as string, m[2] as string, m[3] as string) ? t : undefined;
  m = COMPACT.exec(t) ?? YEAR_FIRST_SLASHED.exec(t);
  if (m) return ymd(m[1] as string, m[2] as string, m[3] as string);
  m = DOTTED.exec(t);
  return m ? ymd(m[3] as string, m[2] as string, m[1] as string) : undefined;
}

function ymd(year: string, month: string, day: string): string | undefined {
  const mm = month.padStart(2, "0");
  const dd = day.padStart(2, "0");
  return validDay(year, mm, dd) ? `${year}-${mm}-${dd}` : undefined;
}

function validDay(year: string, month: string, day: string): boolean {
  const y = Number(year);
  const m = Number(month);
  const d = Number(day);
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}
