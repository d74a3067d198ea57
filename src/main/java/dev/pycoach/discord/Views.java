package dev.pycoach.discord;

/** The pure views, grouped so handlers take one parameter for them. */
record Views(InterviewView interview, PracticeView practice, HelpView help, NoticeView notices) {
    static Views create() {
        return new Views(new InterviewView(), new PracticeView(), new HelpView(), new NoticeView());
    }
}
