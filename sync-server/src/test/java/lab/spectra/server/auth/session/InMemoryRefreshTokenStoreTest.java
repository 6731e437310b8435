package lab.spectra.server.auth.session;

class InMemoryRefreshTokenStoreTest extends RefreshTokenStoreContract {

    @Override
    protected RefreshTokenStore newStore() {
        return new InMemoryRefreshTokenStore();
    }
}
