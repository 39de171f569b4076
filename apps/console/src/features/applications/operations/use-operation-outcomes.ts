import { useCallback, useEffect, useRef } from 'react';
import { App } from 'antd';
import type { ApplicationSummary } from '@cs/contracts';
import { operationOutcome } from './operation-outcome.utils.ts';
import type { Followed } from './operation-outcome.utils.ts';

/**
 * Follows the operations started on a page until the applications shown settle, then says how each
 * ended (a success or the failure's reason). `applications` is what the page shows now, undefined
 * while it is loading or showing an older answer.
 */
export function useOperationOutcomes(applications: readonly ApplicationSummary[] | undefined) {
  const { message } = App.useApp();
  const followed = useRef<Followed[]>([]);
  const shown = useRef(applications);

  const settle = useCallback(() => {
    const current = shown.current;
    if (!current) return;
    followed.current = followed.current.filter((f) => {
      const outcome = operationOutcome(
        f,
        current.find((a) => a.metadata.id === f.id),
      );
      if (outcome) void message[outcome.type](outcome.text, 6);
      return outcome === undefined;
    });
  }, [message]);

  useEffect(() => {
    shown.current = applications;
    settle();
  }, [applications, settle]);

  return useCallback(
    (next: Followed) => {
      followed.current = [...followed.current.filter((f) => f.id !== next.id), next];
      settle();
    },
    [settle],
  );
}
