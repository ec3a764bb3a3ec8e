import { createContext } from 'react';

/**
 * The id of an element naming the server, inside a wall framed by a composed wall: each tile's
 * landmark adds it to its name, so a screen reader moving between the landmarks of several
 * servers' walls hears which server each tile belongs to. Undefined on a wall of its own.
 */
export const WallServerLabelId = createContext<string | undefined>(undefined);
