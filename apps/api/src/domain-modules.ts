import { AuthModule } from './auth/auth.module';
import { CapabilitiesModule } from './capabilities/capabilities.module';
import { TeamsModule } from './teams/teams.module';
import { UsersModule } from './users/users.module';

/** The features. The worker loads the same list, so a job handler declared in a feature runs in either process. */
export const DOMAIN_MODULES = [AuthModule, UsersModule, TeamsModule, CapabilitiesModule];
