import { useState } from 'react';
import { App } from 'antd';
import { useIsFetching, useQueryClient } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import type { ContainerDto } from '@cs/contracts';
import type { ContainerState } from '@cs/domain';
import { containerKeys } from '../../data/containers/keys.ts';
import { useContainerActionMutation } from '../../data/containers/container-lifecycle-mutation.ts';
import type { ContainerAction } from '../../data/containers/container-lifecycle-mutation.ts';
import { failureMessage } from '../../forms/api-failure.ts';
import { ContainerFilterBar } from './ContainerFilterBar.tsx';
import { containerSearchFilter, withContainerSearch } from './containers.utils.ts';
import { DeleteContainerDialog } from './DeleteContainerDialog.tsx';
import { VirtualContainerGrid } from './VirtualContainerGrid.tsx';

/** Whose containers a table shows; give one or more (a service's, a node's…). */
export interface ContainersTableFilter {
  clusterId?: string;
  applicationId?: string;
  serviceId?: string;
  nodeId?: string;
}

interface ContainersTableProps {
  filter: ContainersTableFilter;
  /** The table scrolls inside this height (px); 560 by default. */
  maxHeight?: number;
}

const SWITCH_MESSAGES = { stop: 'Stopping', start: 'Starting' } as const;

/**
 * The guide's container table (Name/ID, Status, Health Check, Image, Port, Container IP, Node IP,
 * Action), for any set of containers. Its name search and status filter live in the URL
 * (`containerName`, `containerStatus`); rows load a page at a time as they scroll into view.
 */
export function ContainersTable({ filter, maxHeight = 560 }: ContainersTableProps) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [searchParams, setSearchParams] = useSearchParams();
  const search = containerSearchFilter(searchParams);
  const [deleting, setDeleting] = useState<ContainerDto>();
  const change = useContainerActionMutation();
  const fetching = useIsFetching({ queryKey: containerKeys.lists() }) > 0;

  const onAction = (action: ContainerAction, container: ContainerDto) => {
    if (action === 'delete') {
      setDeleting(container);
      return;
    }
    change.mutate(
      { id: container.metadata.id, action },
      {
        onSuccess: () => void message.success(`${SWITCH_MESSAGES[action]} container ${container.metadata.name}.`),
        onError: (error) => void message.error(failureMessage(error)),
      },
    );
  };

  const fullFilter = { ...filter, ...(search.name ? { name: search.name } : {}), status: search.status };
  const emptyText =
    search.name || search.status ? 'No container matches the search.' : 'There are no containers here yet.';
  return (
    <>
      <ContainerFilterBar
        name={search.name}
        status={search.status}
        onChange={(next: { name: string; status: ContainerState | undefined }) =>
          setSearchParams((params) => withContainerSearch(params, next), { replace: true })
        }
        refreshing={fetching}
        onRefresh={() => void queryClient.invalidateQueries({ queryKey: containerKeys.lists() })}
      />
      <VirtualContainerGrid
        // A new filter starts at the top, with its own total.
        key={JSON.stringify(fullFilter)}
        filter={fullFilter}
        maxHeight={maxHeight}
        pending={change.isPending ? change.variables : undefined}
        onAction={onAction}
        emptyText={emptyText}
      />
      {deleting && <DeleteContainerDialog container={deleting} onClose={() => setDeleting(undefined)} />}
    </>
  );
}
