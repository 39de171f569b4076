import express from 'express';

/** The baseline: a bare Express handler answering health with the same body as the BFF. */
const app = express();
const body = { status: 'ok', version: process.env.BARE_VERSION ?? '0.1.0' };
app.get('/api/v1/health', (_req, res) => {
  res.json(body);
});
app.listen(Number(process.env.PORT), '127.0.0.1');
