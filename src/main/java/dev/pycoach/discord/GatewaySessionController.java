package dev.pycoach.discord;

import net.dv8tion.jda.api.utils.SessionControllerAdapter;

/**
 * Points JDA's gateway login at a configured URL instead of Discord's (a proxy or a test bed), keeping the
 * given pause between logins (Discord asks for 5 s).
 */
final class GatewaySessionController extends SessionControllerAdapter {
    private final String gatewayUrl;
    private final long identifyDelayMillis;

    GatewaySessionController(String gatewayUrl, long identifyDelayMillis) {
        this.gatewayUrl = gatewayUrl;
        this.identifyDelayMillis = identifyDelayMillis;
    }

    @Override
    public String getGateway() {
        return gatewayUrl;
    }

    @Override
    protected void runWorker() {
        synchronized (lock) {
            if (workerHandle == null) {
                workerHandle = new QueueWorker(identifyDelayMillis);
                workerHandle.start();
            }
        }
    }
}
