/**
 * A template of the user guide, re-indented where the guide's layout lost the YAML indentation
 * (noted in its section), with what the guide says should happen to it.
 */
export interface GuideTemplate {
  /** The guide section the template comes from. */
  section: string;
  source: string;
  /** Expected diagnostics, as `severity code line:column-endLine:endColumn`. */
  expected: string[];
}

/** A guide template from its section, expected diagnostics and lines. */
export function guideTemplate(section: string, expected: string[], ...lines: string[]): GuideTemplate {
  return { section, expected, source: `${lines.join('\n')}\n` };
}
