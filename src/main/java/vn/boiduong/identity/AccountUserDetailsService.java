package vn.boiduong.identity;

import java.time.Clock;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class AccountUserDetailsService implements UserDetailsService {

	private final UserAccountRepository accounts;

	private final Clock clock;

	AccountUserDetailsService(UserAccountRepository accounts, Clock clock) {
		this.accounts = accounts;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		UserAccount account = this.accounts.findByUsernameWithRoles(username.trim())
			.orElseThrow(() -> new UsernameNotFoundException("unknown account"));
		return toPrincipal(account, this.clock);
	}

	static AccountPrincipal toPrincipal(UserAccount account, Clock clock) {
		return new AccountPrincipal(account.getId(), account.getUsername(), account.getFullName(),
				account.getPasswordHash(), account.isActive(), account.isLockedAt(clock.instant()),
				account.getRoles().stream().map(r -> new AccountPrincipal.Assignment(r.getRole(), r.getUnitId())).toList());
	}

}
