import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { dataSourceOptions } from './data-source-options';

/** For the TypeORM CLI (`npm run migration:*`): the same options the application uses. */
export default new DataSource(dataSourceOptions(AppConfig.fromEnvironment(process.env)));
