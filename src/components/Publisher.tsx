/**
 * A publisher as the dataset names it, in the catalogue's Latin spelling (an acronym too): set
 * as English (`lang="en"`) and left to right on its own, so that in Arabic text a name such as
 * "UN (via USAID)" keeps its order. The one way the dashboard sets a publisher's name: the same
 * in English text, where it may stand inside a link marked with its source's language (an
 * Arabic-language outlet), and where the isolation changes nothing that is drawn.
 */
export function Publisher({ name }: { name: string }) {
  return (
    <bdi lang="en" dir="ltr">
      {name}
    </bdi>
  );
}
