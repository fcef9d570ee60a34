import { resources } from '../api/resources';
import type { ApplyResult } from '../bulk/apply';
import type { QuickAction } from './actions';
import { objectReason } from './inline-edit';

export type Notice = { severity: 'success' | 'info' | 'warning' | 'error'; message: string };

const n = (count: number) => count.toLocaleString();

/** What a quick action did, in one line: the object by name when there was one, counts otherwise. */
export function actionNotice(action: QuickAction, result: ApplyResult): Notice {
  const { counts, objects } = result;
  const [only] = objects;
  if (objects.length === 1 && only) {
    switch (only.outcome) {
      case 'applied':
      case 'partial':
        return { severity: 'success', message: `${only.display} ${action.done}.` };
      case 'unchanged':
        return { severity: 'info', message: `${only.display} was already ${action.state}.` };
      case 'failed':
        return {
          severity: 'error',
          message: `${action.label} failed for ${only.display}: ${objectReason(only)}`,
        };
      default:
        return { severity: 'warning', message: `${action.label} cancelled: ${only.display} not changed.` };
    }
  }
  const changed = counts.applied + counts.partial;
  const { singular, plural } = resources[action.resource];
  const parts = [`${n(changed)} ${(changed === 1 ? singular : plural).toLowerCase()} ${action.done}`];
  if (counts.unchanged) parts.push(`${n(counts.unchanged)} already were`);
  if (counts.failed) parts.push(`${n(counts.failed)} failed`);
  if (counts['not-attempted']) parts.push(`${n(counts['not-attempted'])} not attempted`);
  const severity = counts.failed ? (changed ? 'warning' : 'error') : 'success';
  return { severity, message: `${parts.join('; ')}${result.cancelled ? ' (cancelled)' : ''}.` };
}

/** What an undo put back, and what it could not. */
export function undoNotice(result: ApplyResult, skipped: readonly string[]): Notice {
  const back = result.counts.applied + result.counts.partial;
  const failed = result.objects.filter((o) => o.outcome === 'failed');
  const parts: string[] = [];
  if (back)
    parts.push(
      back === 1 && result.objects[0] ? `${result.objects[0].display} restored` : `${n(back)} restored`,
    );
  for (const f of failed) parts.push(`couldn’t restore ${f.display}: ${objectReason(f)}`);
  if (skipped.length) parts.push(`${skipped.join(', ')} changed since and left as they are`);
  if (!parts.length) return { severity: 'info', message: 'Nothing to undo.' };
  const message = `Undone: ${parts.join('; ')}.`;
  return { severity: failed.length || skipped.length ? 'warning' : 'success', message };
}
