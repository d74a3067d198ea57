package dev.pycoach.discord;

/** The pure views, grouped so handlers take one parameter for them. */
record Views(InterviewView interview, PracticeView practice, HelpView help, NoticeView notices,
             ProgressView progress, LeaderboardView leaderboard, SettingsView settings) {
    static Views create() {
        return new Views(new InterviewView(), new PracticeView(), new HelpView(), new NoticeView(),
                new ProgressView(), new LeaderboardView(), new SettingsView());
    }
}
