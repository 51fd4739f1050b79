/**
 * Sections of the README written from the code (the settings table, the permissions table): each sits
 * between two markers naming it, and a test fails when the README and the code disagree.
 */
const start = (name: string) => `<!-- ${name}:start (npm run docs) -->`;
const end = (name: string) => `<!-- ${name}:end -->`;

/** The text of section `name`, without its markers; undefined when the README has none. */
export function sectionOf(readme: string, name: string): string | undefined {
  const from = readme.indexOf(start(name));
  const to = readme.indexOf(end(name));
  return from < 0 || to < from ? undefined : readme.slice(from + start(name).length, to).trim();
}

/** The README with section `name` replaced by `content`. */
export function withSection(readme: string, name: string, content: string): string {
  const from = readme.indexOf(start(name));
  const to = readme.indexOf(end(name));
  if (from < 0 || to < from) throw new Error(`README.md has no ${start(name)} … ${end(name)} markers`);
  return `${readme.slice(0, from + start(name).length)}\n${content}\n${readme.slice(to)}`;
}
