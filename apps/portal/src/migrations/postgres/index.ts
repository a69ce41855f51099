import * as migration_20261129_121150_initial from './20261129_121150_initial';
import * as migration_20261129_150000_search from './20261129_150000_search';

export const migrations = [
  {
    up: migration_20261129_121150_initial.up,
    down: migration_20261129_121150_initial.down,
    name: '20261129_121150_initial'
  },
  {
    up: migration_20261129_150000_search.up,
    down: migration_20261129_150000_search.down,
    name: '20261129_150000_search'
  },
];
