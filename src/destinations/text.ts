// Measuring and cutting text for services' limits. Each service counts differently (UTF-16
// units, code points or bytes), so the unit is explicit. Cuts fall on grapheme boundaries,
// so no emoji or accented letter is split, and an open code fence is closed.

export type Unit = 'utf16' | 'codepoints' | 'bytes';

// Made on first use: building it loads ICU's break rules, about 12 ms that every run paid at
// startup, though most runs never cut a text.
let segmenter: Intl.Segmenter | undefined;

export function measure(text: string, unit: Unit): number {
  if (unit === 'utf16') return text.length;
  if (unit === 'bytes') return Buffer.byteLength(text, 'utf8');
  let count = 0;
  for (const _ of text) count += 1;
  return count;
}

/** At most `max` units, ending in "…" when cut. */
export function cut(text: string, max: number, unit: Unit = 'utf16'): string {
  if (measure(text, unit) <= max) return text;
  const ellipsis = '…';
  const budget = max - measure(ellipsis, unit);
  let result = '';
  let used = 0;
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  for (const { segment } of segmenter.segment(text)) {
    const size = measure(segment, unit);
    if (used + size > budget) break;
    result += segment;
    used += size;
  }
  const fences = result.match(/```/g)?.length ?? 0;
  if (fences % 2 === 1) {
    const closing = '\n```';
    return (
      cut(
        text.slice(0, Math.max(0, result.length - closing.length - 1)),
        max - measure(closing, unit),
        unit,
      ) + closing
    );
  }
  return `${result}${ellipsis}`;
}

/**
 * Slack mrkdwn: only &, < and > are special (docs.slack.dev, formatting); escaping them also
 * disarms <!channel> and <@U123>. A bare "@name" is broken too, so no client links it.
 */
export function escapeSlack(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/@(?=[\w-])/g, '@\u200b');
}

/** HTML-ish markup (Google Chat card text): escape entities so test output is shown, not rendered. */
export function escapeHtml(text: string): string {
  return escapeSlack(text).replace(/"/g, '&quot;');
}

/** Markdown services: break @mentions with a zero-width joiner and escape what would render. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/([\\`*_~|[\]()#>])/g, '\\$1')
    .replace(/</g, '&lt;')
    .replace(/@(?=[\w-])/g, '@\u200b');
}

/** Plain text that a service shows people and may scan for mentions or markup (Datadog, PagerDuty, Teams). */
export function defuseMentions(text: string): string {
  return text
    .replace(/@(?=[\w-])/g, '@\u200b')
    .replace(/</g, '‹')
    .replace(/>/g, '›');
}
