/**
 * The scenario files cite the project's five source texts by file name (`003_da26...txt`) and
 * call them "seed 003" (../shared/seeds/README.md), which suits researchers reading the files.
 * On the classroom page a file name means nothing to a student, and "seed 003" reads as the
 * page's own Seed control ("world number 3"): the page names the texts by what they are. Pure.
 */

/** What each source text is, in the words of the seeds' README. */
const SOURCE_TEXTS: Record<string, string> = {
  '000': 'the chapter "Proactive Help in Preventing Mass Violence"',
  '001': 'the essay on preventive and track-two diplomacy',
  '002': 'the UN compilation on preventive diplomacy',
  '003': "the discussion of the Genocide Prevention Task Force's report",
  '004': "Ted Robert Gurr's chapter on when prevention works",
};

function named(number: string, original: string): string {
  const title = SOURCE_TEXTS[number];
  if (title === undefined) return original;
  // At the start of a sentence the file wrote "Seed 003": the title starts with a capital there.
  return /^S/.test(original) ? title.charAt(0).toUpperCase() + title.slice(1) : title;
}

/** The text with every source file name and every "seed NNN" replaced by the source's title. */
export function readableSources(text: string): string {
  return text
    .replace(/\b(00\d)_[0-9a-f]{16}\.txt\b/g, (whole, n: string) => named(n, whole))
    .replace(/\b[Ss]eeds? (00\d)\b/g, (whole, n: string) => named(n, whole));
}
