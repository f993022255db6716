// One map from the SDK's errors to the few failures a person can act on, and their words (worded once, in
// the shared catalogue's `failures` block). Widgets handle their own domain answers (a full activity, an
// unknown reference) before asking here; everything else gets the same words in every widget.
// the SDK's brand check rather than its classes: every first screen maps failures, few throw them
import { isTsunaguError } from '@tsunagu/client/error-kind';
import type { FieldError } from '@tsunagu/schema';
import type { I18n } from '../i18n/locale-controller.js';
import { LaterPartError } from './later-part.js';

/** A failure a person (or the page's operator) can act on. Carries codes only, never what was typed. */
export type Failure =
  | { kind: 'offline' }
  | { kind: 'busy'; retryAfter: number | undefined }
  | { kind: 'not-configured' }
  | { kind: 'rejected'; fields: readonly FieldError[] }
  | { kind: 'server' };

export type FailureKind = Failure['kind'];

/** Thrown by a widget that has no API base and key (its own attributes or the embed script's). */
export class NotConfiguredError extends Error {
  constructor(widget: string) {
    super(`${widget}: set api-base and key (or the embed script's data-api-base and data-key).`);
    this.name = 'NotConfiguredError';
  }
}

/**
 * The failure for an error thrown by the SDK (or by the widget's own configuration check). A response the
 * contract does not describe, a 5xx and anything unknown are the server's problem, not the person's.
 */
export function failureFor(error: unknown): Failure {
  if (error instanceof NotConfiguredError || isTsunaguError(error, 'auth')) return { kind: 'not-configured' };
  if (isTsunaguError(error, 'network') || error instanceof LaterPartError) return { kind: 'offline' };
  if (isTsunaguError(error, 'rate_limit')) return { kind: 'busy', retryAfter: error.retryAfter };
  if (isTsunaguError(error, 'validation')) return { kind: 'rejected', fields: error.fields };
  return { kind: 'server' };
}

/** True when trying the same request again may succeed (and, for a keyed send, cannot duplicate it). */
export function isRetryable(failure: Failure): boolean {
  return failure.kind === 'offline' || failure.kind === 'busy' || failure.kind === 'server';
}

/** Sentences as the element's language writes them one after another: English with a space, Japanese without. */
export function joinSentences(i18n: I18n, sentences: readonly string[]): string {
  return sentences.filter(Boolean).join(i18n.locale === 'en' ? ' ' : '');
}

/**
 * 「読み込めませんでした。」 and what to do about it: what a widget says when something it shows did not
 * arrive (a later part, a status), as opposed to a send that failed.
 */
export function notLoadedText(i18n: I18n, failure: Failure | FailureKind): string {
  return joinSentences(i18n, [i18n.m.failures.notLoaded, failureText(i18n, failure)]);
}

/** The sentence that says what to do about a failure, in the element's language. */
export function failureText(i18n: I18n, failure: Failure | FailureKind): string {
  const kind = typeof failure === 'string' ? failure : failure.kind;
  const words = i18n.m.failures;
  return kind === 'not-configured' ? words.notConfigured : words[kind];
}
