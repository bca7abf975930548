// Credentials that tests print by accident (a token in an error, a header in a dump) must not
// leave the machine in a payload. Each pattern names a known credential shape.
const CREDENTIALS: ReadonlyArray<readonly [RegExp, string]> = [
  [
    /-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?(?:-----END [A-Z ]*PRIVATE KEY-----|$)/g,
    '[private key redacted]',
  ],
  [/\b(?:gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,})\b/g, '[github token redacted]'],
  [/\bxox[abprse]-[A-Za-z0-9-]{10,}/g, '[slack token redacted]'],
  [/\bhttps:\/\/hooks\.slack\.com\/services\/[A-Za-z0-9/_-]+/g, '[slack webhook redacted]'],
  [/\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/g, '[aws key redacted]'],
  [/(aws_secret_access_key\s*[=:]\s*)["']?[A-Za-z0-9/+=]{40}["']?/gi, '$1[redacted]'],
  [/\b(authorization\s*[:=]\s*)(?:bearer|basic|token)\s+[A-Za-z0-9._~+/=-]+/gi, '$1[redacted]'],
  [/\bbearer\s+[A-Za-z0-9._~+/-]{16,}=*/gi, 'Bearer [redacted]'],
  [/\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/g, '[jwt redacted]'],
  [/\b(https?:\/\/)[^\s:/@]+:[^\s/@]+@/g, '$1[credentials redacted]@'],
  [/\b((?:api[_-]?key|secret|password|passwd|token)\s*[=:]\s*)["']?[^\s"']{8,}["']?/gi, '$1[redacted]'],
];

export function scrubCredentials(text: string): string {
  let result = text;
  for (const [pattern, replacement] of CREDENTIALS) result = result.replace(pattern, replacement);
  return result;
}
