/** The analysis ran out of its time (or memory) budget; its worker was replaced. Answered 422. */
export class AnalysisTooComplexError extends Error {
  constructor(budgetMs: number) {
    super(`The template is too complex to analyse within ${budgetMs / 1000} s. Make it smaller or simpler.`);
  }
}

/** Every worker is busy and the queue is full, or the analysis waited its whole budget for one. Answered 503. */
export class AnalysisBusyError extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super(`The server is busy analysing other templates. Try again in ${retryAfterSeconds} s.`);
  }
}
