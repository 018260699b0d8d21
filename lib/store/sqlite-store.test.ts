import { sqliteFixture } from './testing/sqlite-fixture';
import { describeStoreContract } from './testing/store-contract';

describeStoreContract('Store on SQLite', sqliteFixture);
