// Monaco bundled with the console, never from a CDN (TOOLCHAIN.md): workers come from Vite's
// `?worker` imports, and @monaco-editor/react is handed this very `monaco`. Imported only by the
// lazily loaded MonacoYamlEditor, so none of it is in the first route.
import * as monaco from 'monaco-editor';
import EditorWorker from 'monaco-editor/esm/vs/editor/editor.worker.js?worker';
import { loader } from '@monaco-editor/react';
import { configureMonacoYaml } from 'monaco-yaml';
import type { JSONSchema } from 'monaco-yaml';
import { templateJsonSchema } from '@cs/compose';
import YamlWorker from './yaml.worker.js?worker';

self.MonacoEnvironment = {
  getWorker: (_workerId: string, label: string) => (label === 'yaml' ? new YamlWorker() : new EditorWorker()),
};

// Completion and hover come from the template schema; the markers are @cs/compose's diagnostics
// (set by MonacoYamlEditor), so monaco-yaml's own validation is off and nothing is reported twice.
configureMonacoYaml(monaco, {
  enableSchemaRequest: false,
  validate: false,
  completion: true,
  hover: true,
  hoverSchemaSource: false,
  format: { enable: false },
  schemas: [
    {
      uri: 'inmemory://container-service/template.schema.json',
      fileMatch: ['*'],
      schema: templateJsonSchema as JSONSchema,
    },
  ],
});

loader.config({ monaco });

export { monaco };
