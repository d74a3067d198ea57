package dev.pycoach.discord;

import dev.pycoach.progress.ProgressService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Any command used in a server puts the user on that server's board ({@link ProgressService#joinServer}). Without
 * the database store there is no board, and a failure here never stops the command itself.
 */
@FunctionalInterface
interface ServerMembership {
    ServerMembership NONE = (serverId, userId) -> { };

    void joined(String serverId, String userId);

    static ServerMembership of(ProgressService progress) {
        Logger log = LoggerFactory.getLogger(ServerMembership.class);
        return (serverId, userId) -> {
            try {
                progress.joinServer(serverId, userId);
            } catch (RuntimeException e) {
                log.warn("Could not record that a user used a command in server {}: {}", serverId, e.toString());
            }
        };
    }
}
