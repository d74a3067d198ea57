package dev.pycoach.progress;

/** Which streak: the personal practice streak, or a server's daily-question streak. */
public record StreakScope(String key) {
    public static final StreakScope PERSONAL = new StreakScope("personal");
    private static final String SERVER = "server:";

    public static StreakScope server(String serverId) {
        return new StreakScope(SERVER + serverId);
    }

    public boolean isPersonal() {
        return this.equals(PERSONAL);
    }

    /** The server id of a server streak, null for the personal one. */
    public String serverId() {
        return key.startsWith(SERVER) ? key.substring(SERVER.length()) : null;
    }
}
