import { createHash } from 'node:crypto';
import type { Failure, FailureDraft } from '../model.js';
import { messageTemplate } from './normalize.js';

// Placeholder algorithm "v0", documented in docs/fingerprint.md. It hashes the test's
// identity, the error type and the message template. The fingerprint issue replaces it
// with a versioned algorithm that also uses in-app frames; the "v0:" prefix lets that
// version still recognise issues filed under this one.
export const FINGERPRINT_VERSION = 'v0';

export function fingerprintComponents(draft: FailureDraft): string[] {
  const test = draft.test;
  const identity = test ? [test.file ?? test.classname ?? test.suite ?? '', test.name] : ['', ''];
  return [draft.kind, ...identity, draft.error.type ?? '', messageTemplate(draft.error.message)];
}

export function fingerprint(draft: FailureDraft): string {
  const hash = createHash('sha256')
    .update(JSON.stringify(fingerprintComponents(draft)))
    .digest('hex');
  return `${FINGERPRINT_VERSION}:${hash.slice(0, 16)}`;
}

export function withFingerprint(draft: FailureDraft): Failure {
  return { fingerprint: fingerprint(draft), ...draft };
}
