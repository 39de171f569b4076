import { useEffect, useRef } from 'react';
import { FitAddon } from '@xterm/addon-fit';
import { Terminal } from '@xterm/xterm';
import '@xterm/xterm/css/xterm.css';
import { terminalUrl } from './terminal-socket.ts';

export interface TerminalClosed {
  code: number;
  reason: string;
}

/**
 * xterm.js on the container's shell WebSocket: keystrokes out, output in, fitted to its box. A
 * new `connection` number opens a new session on a fresh screen. Loaded as a chunk of its own.
 */
export function XtermTerminal({
  containerId,
  connection,
  onOpen,
  onClose,
}: {
  containerId: string;
  connection: number;
  onOpen(): void;
  onClose(closed: TerminalClosed): void;
}) {
  const box = useRef<HTMLDivElement>(null);
  const handlers = useRef({ onOpen, onClose });
  useEffect(() => {
    handlers.current = { onOpen, onClose };
  });

  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const terminal = new Terminal({
      cursorBlink: true,
      fontFamily: 'Menlo, Consolas, "DejaVu Sans Mono", monospace',
      fontSize: 13,
      scrollback: 2_000,
      theme: { background: '#1e1e1e' },
    });
    const fit = new FitAddon();
    terminal.loadAddon(fit);
    terminal.open(element);
    fit.fit();
    const resize = new ResizeObserver(() => fit.fit());
    resize.observe(element);

    const socket = new WebSocket(terminalUrl(containerId));
    socket.onopen = () => {
      handlers.current.onOpen();
      terminal.focus();
    };
    socket.onmessage = (event: MessageEvent<string>) => terminal.write(event.data);
    socket.onclose = (event) => {
      terminal.options.cursorBlink = false;
      handlers.current.onClose({ code: event.code, reason: event.reason });
    };
    const typing = terminal.onData((data) => {
      if (socket.readyState === WebSocket.OPEN) socket.send(data);
    });
    return () => {
      typing.dispose();
      socket.onclose = null;
      socket.close();
      resize.disconnect();
      terminal.dispose();
    };
  }, [containerId, connection]);

  return (
    <div
      ref={box}
      data-testid="web-terminal"
      style={{ height: 420, padding: 4, overflow: 'hidden', background: '#1e1e1e' }}
    />
  );
}
