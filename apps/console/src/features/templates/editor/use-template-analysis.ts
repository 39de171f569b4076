import { useCallback, useEffect, useRef, useState } from 'react';
import { analyzeTemplate, listServices } from '@cs/compose';
import type { ServiceBlock, TemplateAnalysis } from '@cs/compose';

/** Typing pauses this long before the template is analysed: markers follow within 150 ms. */
export const ANALYSIS_DELAY_MS = 50;

/** A text with what @cs/compose says about it. */
export interface AnalysedTemplate {
  content: string;
  analysis: TemplateAnalysis;
  /** The services' blocks in the text, for the services panel. */
  blocks: ServiceBlock[];
}

/** The analysis of a template text; pure. */
export function analyseTemplate(content: string): AnalysedTemplate {
  return { content, analysis: analyzeTemplate(content), blocks: listServices(content) };
}

/**
 * The latest analysis of an editor's text: `schedule` after a keystroke (debounced), `analyseNow`
 * after an edit of the services panel or before a save. Each new analysis goes to `onChange`.
 */
export function useTemplateAnalysis(
  initialContent: string,
  onChange: ((content: string, analysis: TemplateAnalysis) => void) | undefined,
) {
  const [current, setCurrent] = useState(() => analyseTemplate(initialContent));
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const latestOnChange = useRef(onChange);
  useEffect(() => {
    latestOnChange.current = onChange;
  });
  useEffect(() => () => clearTimeout(timer.current), []);

  const publish = useCallback((next: AnalysedTemplate) => {
    setCurrent(next);
    latestOnChange.current?.(next.content, next.analysis);
    return next;
  }, []);

  const analyseNow = useCallback(
    (content: string) => {
      clearTimeout(timer.current);
      return publish(analyseTemplate(content));
    },
    [publish],
  );

  const schedule = useCallback(
    (content: string) => {
      clearTimeout(timer.current);
      timer.current = setTimeout(() => publish(analyseTemplate(content)), ANALYSIS_DELAY_MS);
    },
    [publish],
  );

  return { current, analyseNow, schedule };
}
