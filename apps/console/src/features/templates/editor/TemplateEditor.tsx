import { lazy, Suspense, useCallback, useImperativeHandle, useMemo, useRef, useState } from 'react';
import type { Ref } from 'react';
import { Skeleton, theme } from 'antd';
import type { editor } from 'monaco-editor';
import type { Diagnostic, TemplateAnalysis, TextEdit } from '@cs/compose';
import { ProblemsList } from './ProblemsList.tsx';
import { ServicesPanel } from './ServicesPanel.tsx';
import { SchedulePreview } from '../../applications/detail/schedule/SchedulePreview.tsx';
import type { PanelService } from './ServicesPanel.tsx';
import { useTemplateAnalysis } from './use-template-analysis.ts';
import type { AnalysedTemplate } from './use-template-analysis.ts';

// Monaco (~1 MB gzip) loads with the first editor shown, never with the console's first route.
const MonacoYamlEditor = lazy(async () => ({ default: (await import('./MonacoYamlEditor.tsx')).MonacoYamlEditor }));

/** What a page can ask the editor: the text and its analysis right now (before a save). */
export interface TemplateEditorHandle {
  read: () => AnalysedTemplate;
}

export interface TemplateEditorProps {
  /** The text the editor starts with; later changes of this prop are ignored (remount with a `key`). */
  initialContent: string;
  /** After each analysis: typing (debounced) or an edit of the services panel. */
  onChange?: (content: string, analysis: TemplateAnalysis) => void;
  readOnly?: boolean;
  height?: number;
  ref?: Ref<TemplateEditorHandle>;
}

/**
 * The template editor: Monaco with YAML highlighting, completion, hover and the template's
 * diagnostics as markers, the problems under it and "Services Contained" beside it, text and panel
 * kept in sync both ways. Used by Create / Edit Template and the Create Application wizard.
 */
export function TemplateEditor({ initialContent, onChange, readOnly = false, height = 520, ref }: TemplateEditorProps) {
  const { token } = theme.useToken();
  const monacoRef = useRef<editor.IStandaloneCodeEditor | null>(null);
  const { current, analyseNow, schedule } = useTemplateAnalysis(initialContent, onChange);
  const getText = useCallback(() => monacoRef.current?.getValue() ?? current.content, [current.content]);

  useImperativeHandle(ref, () => ({ read: () => analyseNow(getText()) }), [analyseNow, getText]);

  const applyEdit = useCallback(
    (edit: TextEdit) => {
      const instance = monacoRef.current;
      if (!instance) return;
      instance.pushUndoStop();
      instance.executeEdits('services-panel', [{ range: edit.range, text: edit.text, forceMoveMarkers: true }]);
      instance.pushUndoStop();
      analyseNow(instance.getValue());
    },
    [analyseNow],
  );

  const reveal = useCallback((line: number, column = 1, endLine = line, endColumn = column) => {
    const instance = monacoRef.current;
    if (!instance) return;
    instance.revealLineInCenter(line);
    instance.setSelection({ startLineNumber: line, startColumn: column, endLineNumber: endLine, endColumn });
    instance.focus();
  }, []);

  const services = useMemo<PanelService[]>(() => {
    const images = new Map(current.analysis.services.map((s) => [s.name, s.image ?? null]));
    return current.blocks.map((b) => ({ name: b.name, image: images.get(b.name) ?? null, startLine: b.startLine }));
  }, [current]);
  const unreadable = current.blocks.length === 0 && current.analysis.diagnostics.some((d) => d.code === 'yaml-syntax');
  // While the text is not valid YAML (mid-typing), the panel keeps the last services it could read.
  const [lastReadable, setLastReadable] = useState(services);
  if (!unreadable && lastReadable !== services) setLastReadable(services);

  return (
    <div style={{ display: 'flex', gap: 16, alignItems: 'flex-start' }}>
      <div
        style={{
          flex: 1,
          minWidth: 0,
          border: `1px solid ${token.colorBorder}`,
          borderRadius: token.borderRadius,
          overflow: 'hidden',
          background: '#fff',
        }}
      >
        <div style={{ height }}>
          <Suspense fallback={<Skeleton active paragraph={{ rows: 8 }} style={{ padding: 16 }} />}>
            <MonacoYamlEditor
              defaultValue={initialContent}
              diagnostics={current.analysis.diagnostics}
              readOnly={readOnly}
              height={height}
              onChange={schedule}
              onMount={(instance) => {
                monacoRef.current = instance;
              }}
            />
          </Suspense>
        </div>
        <ProblemsList
          diagnostics={current.analysis.diagnostics}
          onSelect={(d: Diagnostic) => reveal(d.line, d.column, d.endLine, d.endColumn)}
        />
      </div>
      <div style={{ flex: '0 0 300px' }}>
        <ServicesPanel
          services={unreadable ? lastReadable : services}
          readOnly={readOnly}
          unreadable={unreadable}
          getText={getText}
          applyEdit={applyEdit}
          onReveal={(line) => reveal(line)}
        />
        <SchedulePreview content={current.content} expression={current.analysis.job.schedule?.expression} />
      </div>
    </div>
  );
}
