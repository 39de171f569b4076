import { useCallback, useMemo, useState } from 'react';
import { analyzeTemplate } from '@cs/compose';
import type { TemplateAnalysis } from '@cs/compose';

/**
 * The text of a TemplateEditor and its analysis: the text it started with until it reports a
 * change. `editorKey` names the editor's start (a remount with another template starts afresh).
 */
export function useEditedTemplate(editorKey: string, initialContent: string) {
  const [edited, setEdited] = useState<{ key: string; content: string; analysis: TemplateAnalysis }>();
  const initial = useMemo(
    () => ({ content: initialContent, analysis: analyzeTemplate(initialContent) }),
    [initialContent],
  );
  const onChange = useCallback(
    (content: string, analysis: TemplateAnalysis) => setEdited({ key: editorKey, content, analysis }),
    [editorKey],
  );
  const current = edited?.key === editorKey ? edited : initial;
  return { content: current.content, analysis: current.analysis, onChange };
}
