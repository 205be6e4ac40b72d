/**
 * The reminder a round shows to copy into a mail to those who have not sent their answers
 * (issue 17), in Dutch or English. Personal links are stored only as hashes and cannot be shown
 * again, so the text says a new link follows: the editor makes it with renewSurveyLinks.
 */

export const REMINDER_LANGUAGES = ['nl', 'en'] as const;
export type ReminderLanguage = (typeof REMINDER_LANGUAGES)[number];

export const isReminderLanguage = (value: unknown): value is ReminderLanguage =>
  typeof value === 'string' && (REMINDER_LANGUAGES as readonly string[]).includes(value);

const LOCALES: Readonly<Record<ReminderLanguage, string>> = { nl: 'nl-NL', en: 'en-GB' };

/** "A, B en C" / "A, B and C". */
function listed(names: readonly string[], and: string): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} ${and} ${names.at(-1) ?? ''}`;
}

/** A day (YYYY-MM-DD) written out: "1 december 2026" / "1 December 2026". */
const writtenDay = (day: string, lang: ReminderLanguage): string =>
  new Intl.DateTimeFormat(LOCALES[lang], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));

export function reminderText(lang: ReminderLanguage, round: { readonly title: string; readonly closesOn: string }, notSent: readonly string[]): string {
  const day = writtenDay(round.closesOn, lang);
  if (lang === 'en') {
    if (notSent.length === 0) return `Every respondent of the survey "${round.title}" has sent their answers; there is nobody to remind.`;
    return [
      `Subject: reminder: survey "${round.title}"`,
      '',
      'Dear colleague,',
      '',
      `We have not yet received the answers to the survey "${round.title}" from ${listed(notSent, 'and')}.`,
      `The survey closes on ${day}. Below is a new personal link to the form; a link sent earlier no longer works.`,
      '',
      '[new personal link]',
      '',
      'Kind regards,',
    ].join('\n');
  }
  if (notSent.length === 0) return `Alle respondenten van de enquête "${round.title}" hebben hun antwoorden verstuurd; er is niemand om te herinneren.`;
  return [
    `Onderwerp: herinnering enquête "${round.title}"`,
    '',
    'Beste collega,',
    '',
    `Voor de enquête "${round.title}" hebben wij nog geen antwoorden ontvangen van ${listed(notSent, 'en')}.`,
    `De enquête sluit op ${day}. Hieronder staat een nieuwe persoonlijke link naar het formulier; een eerder verstuurde link werkt dan niet meer.`,
    '',
    '[nieuwe persoonlijke link]',
    '',
    'Met vriendelijke groet,',
  ].join('\n');
}
