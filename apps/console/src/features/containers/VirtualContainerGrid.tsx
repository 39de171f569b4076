import { useRef, useState } from 'react';
import type { CSSProperties } from 'react';
import { Empty, theme } from 'antd';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { ContainerDto } from '@cs/contracts';
import type { ContainerFilter } from '../../data/containers/containers-query.ts';
import type { ContainerAction } from '../../data/containers/container-lifecycle-mutation.ts';
import { LoadFailureAlert } from '../../components/LoadFailureAlert.tsx';
import {
  CONTAINER_COLUMNS,
  GRID_MIN_WIDTH,
  GRID_TEMPLATE,
  HEADER_HEIGHT,
  OVERSCAN,
  ROW_HEIGHT,
} from './container-grid.ts';
import { ContainerRowCells, cellStyle } from './ContainerRowCells.tsx';
import { useContainerRows } from './use-container-rows.ts';

interface VirtualContainerGridProps {
  filter: ContainerFilter;
  /** The table scrolls inside this height. */
  maxHeight: number;
  pending: { id: string; action: ContainerAction } | undefined;
  onAction: (action: ContainerAction, container: ContainerDto) => void;
  emptyText: string;
}

/**
 * The container table, virtualised: only the rows in view (and OVERSCAN beyond each edge) are in
 * the DOM, and only their pages of 100 are fetched, so 100,000 containers scroll like ten. A table
 * to assistive technology (ARIA table roles with the full row count), a CSS grid to the eye.
 */
export function VirtualContainerGrid({ filter, maxHeight, pending, onAction, emptyText }: VirtualContainerGridProps) {
  const { token } = theme.useToken();
  const scrollRef = useRef<HTMLDivElement>(null);
  // The last total known: while the pages scrolled to load, the table keeps its height.
  const [total, setTotal] = useState<number>();
  // eslint-disable-next-line react-hooks/incompatible-library -- no React Compiler here: the virtualiser re-renders this component itself when it scrolls
  const virtualizer = useVirtualizer({
    count: total ?? 0,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: OVERSCAN,
    scrollMargin: HEADER_HEIGHT,
  });
  const items = virtualizer.getVirtualItems();
  const rows = useContainerRows(filter, items[0]?.index ?? 0, items[items.length - 1]?.index ?? -1);
  if (rows.total !== undefined && rows.total !== total) setTotal(rows.total);

  const rowStyle: CSSProperties = {
    display: 'grid',
    gridTemplateColumns: GRID_TEMPLATE,
    borderBottom: `1px solid ${token.colorBorderSecondary}`,
  };
  const bodyHeight = total ? total * ROW_HEIGHT : 3 * ROW_HEIGHT;

  return (
    <>
      {rows.error && <LoadFailureAlert what="The containers" error={rows.error} onRetry={rows.retry} />}
      <div
        ref={scrollRef}
        role="table"
        aria-label="Containers"
        aria-rowcount={(total ?? 0) + 1}
        aria-busy={total === undefined}
        style={{
          maxHeight,
          height: Math.min(HEADER_HEIGHT + bodyHeight + 2, maxHeight),
          overflow: 'auto',
          border: `1px solid ${token.colorBorderSecondary}`,
          borderRadius: token.borderRadiusLG,
        }}
      >
        <div style={{ minWidth: GRID_MIN_WIDTH }}>
          <div role="rowgroup" style={{ position: 'sticky', top: 0, zIndex: 2 }}>
            <div
              role="row"
              aria-rowindex={1}
              style={{ ...rowStyle, height: HEADER_HEIGHT, background: token.colorFillAlter, fontWeight: 600 }}
            >
              {CONTAINER_COLUMNS.map((c) => (
                <div key={c.key} role="columnheader" style={{ ...cellStyle, whiteSpace: 'nowrap' }}>
                  {c.title}
                </div>
              ))}
            </div>
          </div>
          {total === 0 && (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText} style={{ margin: '24px 0' }} />
          )}
          <div role="rowgroup" style={{ position: 'relative', height: virtualizer.getTotalSize() }}>
            {items.map((item) => {
              const container = rows.rowAt(item.index);
              return (
                <div
                  key={container?.metadata.id ?? `row-${item.index}`}
                  role="row"
                  aria-rowindex={item.index + 2}
                  style={{
                    ...rowStyle,
                    position: 'absolute',
                    top: 0,
                    left: 0,
                    width: '100%',
                    height: ROW_HEIGHT,
                    transform: `translateY(${item.start - HEADER_HEIGHT}px)`,
                  }}
                >
                  {container ? (
                    <ContainerRowCells
                      container={container}
                      pending={pending?.id === container.metadata.id ? pending.action : undefined}
                      onAction={onAction}
                    />
                  ) : (
                    <div role="cell" style={{ ...cellStyle, gridColumn: '1 / -1', color: token.colorTextQuaternary }}>
                      Loading…
                    </div>
                  )}
                </div>
              );
            })}
          </div>
        </div>
      </div>
      <p style={{ color: token.colorTextSecondary, margin: '8px 0 0' }}>
        {total === undefined
          ? 'Loading containers…'
          : `${total.toLocaleString('en-US')} container${total === 1 ? '' : 's'}`}
      </p>
    </>
  );
}
