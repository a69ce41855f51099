import * as migration_20261129_121133_initial from './20261129_121133_initial';

export const migrations = [
  {
    up: migration_20261129_121133_initial.up,
    down: migration_20261129_121133_initial.down,
    name: '20261129_121133_initial'
  },
];
