/** A page the console will have, named and described as in the guide, that is not built yet. */
export interface NotBuiltPageSpec {
  path: string;
  title: string;
  description: string;
}

/** The pages of the left navigation that are still to be built, with what each will show. */
export const NOT_BUILT_PAGES: readonly NotBuiltPageSpec[] = [];
