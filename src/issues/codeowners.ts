import picomatch from 'picomatch';

// CODEOWNERS (docs.github.com, about code owners): gitignore-style patterns, the last
// matching line wins. Only @user owners can be assigned; teams and e-mails are skipped.

interface Rule {
  match: (path: string) => boolean;
  owners: string[];
}

function toGlob(pattern: string): string {
  let glob = pattern.startsWith('/')
    ? pattern.slice(1)
    : pattern.includes('/') && !pattern.endsWith('/')
      ? pattern
      : `**/${pattern}`;
  if (glob.endsWith('/')) glob = `${glob}**`;
  return glob;
}

export function parseCodeowners(text: string): Rule[] {
  const rules: Rule[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.replace(/#.*$/, '').trim();
    if (!line) continue;
    const [pattern = '', ...owners] = line.split(/\s+/);
    const glob = toGlob(pattern);
    const matchers = [picomatch(glob, { dot: true }), picomatch(`${glob}/**`, { dot: true })];
    rules.push({ match: (path) => matchers.some((matcher) => matcher(path)), owners });
  }
  return rules;
}

/** The users who own a path: from the last rule that matches it. */
export function ownersOf(rules: readonly Rule[], path: string): string[] {
  const normalized = path.replace(/\\/g, '/').replace(/^\.?\//, '');
  for (let index = rules.length - 1; index >= 0; index -= 1) {
    const rule = rules[index];
    if (rule?.match(normalized))
      return rule.owners.filter((owner) => /^@[\w-]+$/.test(owner)).map((owner) => owner.slice(1));
  }
  return [];
}
