/** A page the console will have, named and described as in the guide, that is not built yet. */
export interface NotBuiltPageSpec {
  path: string;
  title: string;
  description: string;
}

/** The pages of the left navigation that are still to be built, with what each will show. */
export const NOT_BUILT_PAGES: readonly NotBuiltPageSpec[] = [
  {
    path: '/volumes',
    title: 'Data Volumes',
    description:
      'The data volumes of the selected cluster, local and third-party (OSSFS): Node, Volume Name, Driver, Mount Point, Container, Volume Parameters and actions View and Delete All Volumes with the Same Name; and Create to add an OSSFS data volume backed by an OSS bucket.',
  },
];
