/** What the urgent render may hold back of a row of the actor list. */
export interface ListRow {
  actor: { id: string };
  /** The keyboard cursor's row. */
  cursor: boolean;
  selected: boolean;
}

/**
 * What a row of the actor list shows in the render that follows a change. Out of the list's
 * view, what it showed last (`drawn`): React then renders nothing of it until the background
 * render after the frame that shows the rows in view. In view, or where holding it back would
 * have the list say two things at once for that frame, what it shows now (`current`): the row
 * that is or was the keyboard cursor's (one cursor), one that is or was the selected actor's
 * (one selection), and one that showed the cursor's actor, whose option id
 * aria-activedescendant names (one element with that id).
 */
export function rowShown<R extends ListRow>(
  current: R,
  drawn: R | undefined,
  outOfView: boolean,
  cursorActorId: string | undefined,
): R {
  const held =
    outOfView &&
    drawn !== undefined &&
    !current.cursor &&
    !drawn.cursor &&
    !current.selected &&
    !drawn.selected &&
    drawn.actor.id !== cursorActorId;
  return held ? drawn : current;
}
