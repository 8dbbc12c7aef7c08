// The deliberation room service: who may do what, private ballots, and the room events, each appended
// durably before it is acknowledged or broadcast. Its commands live in room/, one file per command group;
// this factory binds them to one shared context.

import { bindContext } from './bindContext';
import {
  changeTimer,
  declareConflict,
  floor,
  hand,
  move,
  openRoom,
  rename,
  seat,
  startTimer,
  withdrawConflict,
} from './room/facilitation';
import { identify, isOpen, openProjector, revokeProjector } from './room/roomAccess';
import { createRoomContext, type RoomDeps } from './room/roomContext';
import { progress, view } from './room/roomReading';
import { startPhase, submit } from './room/scoring';

export function createRoom(deps: RoomDeps) {
  return bindContext(createRoomContext(deps), {
    identify,
    progress,
    view,
    open: openRoom,
    seat,
    declareConflict,
    withdrawConflict,
    move,
    startPhase,
    rename,
    startTimer,
    hand,
    floor,
    changeTimer,
    submit,
    isOpen,
    openProjector,
    revokeProjector,
  });
}

export type Room = ReturnType<typeof createRoom>;
