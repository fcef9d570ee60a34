'use client';
import { useQuery } from '@tanstack/react-query';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Tooltip from '@mui/material/Tooltip';
import type { ResourceKey } from '@/lib/api/resources';
import { hasQuickActions, type ResolvedAction } from '@/lib/quick-actions/actions';
import { useNautobot } from '@/components/providers/nautobot-context';
import { QuickFeedbackProvider } from './quick-feedback';
import { useQuickActions } from './use-quick-actions';
import { useRunOne } from './use-run-one';

type Props = { resource: ResourceKey; id: string };

/** The object's quick actions as header buttons (Disable, Drain…), each reported with an Undo. */
export function DetailQuickActions(props: Props) {
  if (!hasQuickActions(props.resource)) return null;
  return (
    <QuickFeedbackProvider>
      <DetailButtons {...props} />
    </QuickFeedbackProvider>
  );
}

function ActionButton({
  resolved,
  busy,
  onRun,
}: {
  resolved: ResolvedAction;
  busy: boolean;
  onRun: () => void;
}) {
  const { action, change, reason } = resolved;
  const button = (
    <Button
      variant="outlined"
      color={action.disruptive ? 'warning' : 'primary'}
      disabled={!change || busy}
      onClick={onRun}
    >
      {action.label}
    </Button>
  );
  // A disabled button takes no pointer events: the tooltip listens on its wrapper.
  return reason && !change ? (
    <Tooltip title={reason}>
      <span>{button}</span>
    </Tooltip>
  ) : (
    button
  );
}

function DetailButtons({ resource, id }: Props) {
  const { queries } = useNautobot();
  // The detail screen's own query (same key): the current state without another request.
  const detail = useQuery(queries.detail(resource, id, { depth: 1, excludeM2m: false }));
  const row = detail.data as Record<string, unknown> | undefined;
  const { actions } = useQuickActions(resource, !!row, row);
  const { busy, runOne } = useRunOne(resource);
  if (!row) return null;
  return (
    <>
      {actions
        .filter((a) => !a.current)
        .map((a) => (
          <ActionButton key={a.action.id} resolved={a} busy={busy} onRun={() => void runOne(id, a)} />
        ))}
      {busy && <CircularProgress size={24} aria-label="Applying" />}
    </>
  );
}
