/**
 * The form's words that depend on data: a link type as the respondent would say it, a
 * frequency, the closing day and the time of a save, in the interface language.
 */
import type { SurveyFrequency } from '../api/generated';
import { locale, t, vocabulary } from '../i18n/i18n';

/**
 * "We werken samen", "Wij financieren hen": the relation from the respondent's side. A link
 * type the dictionaries have no sentence for is named by the vocabulary's word.
 */
export function relationWords(type: string): string {
  const key = `enquete.relation.${type}`;
  const sentence = t(key);
  return sentence === key ? vocabulary('link', type) : sentence;
}

export const frequencyWords = (frequency: SurveyFrequency): string => t(`enquete.frequency.${frequency}`);

/** A day (YYYY-MM-DD) with its weekday: "dinsdag 15 december 2026". */
export function dayInWords(day: string): string {
  return new Intl.DateTimeFormat(locale(), { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
}

/** When something was saved or sent: "om 14:05" today, else "op 3 december 2026 om 14:05" (the reader's clock). */
export function momentInWords(iso: string, now: Date = new Date()): string {
  const moment = new Date(iso);
  const time = new Intl.DateTimeFormat(locale(), { hour: '2-digit', minute: '2-digit' }).format(moment);
  if (moment.toDateString() === now.toDateString()) return t('enquete.moment.today', { time });
  const day = new Intl.DateTimeFormat(locale(), { day: 'numeric', month: 'long', year: 'numeric' }).format(moment);
  return t('enquete.moment.day', { day, time });
}
