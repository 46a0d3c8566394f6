"""Technical prose that prompts for coding agents quote or imitate: API descriptions, changelog
lines, contributor guides. The shapes come from linting a few hundred Markdown files of
software documentation as if they were prompts (such text has no writer's stress and sets no
bar for an output, so nearly every tone or quality finding there was a false alarm). Each
case is written fresh in the same shape, with the request that must still be flagged beside it."""

from rule_cases import shape_tests

LEFT_ALONE = [
    # "or else" followed by what happens instead is an alternative, not a threat
    ("tone", "Keep both edits in one commit (or else the rebase will conflict)."),
    ("tone", "Use a 2048-bit key or else an error will be thrown."),
    # an order or a category, not pressure
    ("tone", "The rules are listed in order, highest priority first."),
    ("tone", "Fix the top priority bugs before the cosmetic ones."),
    # thanks and advice end with "help!", a cry for help does not need them
    ("tone", "Thank the contributor: we are grateful for your help!"),
    ("tone", "If the user mentions self-harm, tell them to seek help!"),
    # panicking as what code does
    ("tone", "The lint config prevents panicking in library functions."),
    ("tone", "Report any goroutine panicking inside a handler."),
    # how something behaves, said in the indicative: not a demand on the model
    ("tone", "If the socket already emitted close, it is destroyed immediately."),
    ("tone", "When the command is missing, the process exits immediately."),
    ("tone", "Inside a suite, the test fulfills immediately."),
    ("tone", "- The parser now supports trailing commas."),
    # a call, not sarcasm
    ("tone", "The docs now describe the behaviour for once(emitter, 'error')."),
    # the words right after say which one: a position, a call, a source, a date
    ("inference", "Pass the callback as the last argument."),
    ("inference", "Return the value obtained from the last call to `fn`."),
    ("inference", "Show the last time this file was modified."),
    ("inference", "This event is the same as the one provided by `fork()`."),
    ("inference", "After it has finished writing the last response, close the socket."),
    # what the code does when needed, not a judgment left to the model
    ("inference", "The archive is already decompressed if necessary."),
    # "more" counting things, or an idiom
    ("quality", "Read more about the schema in the section below."),
    ("quality", "Validate more edge cases and make more unit tests pass."),
    ("quality", "Split the file if that would make more sense to a reviewer."),
    # someone's opinion, a position, a noun after "without"
    ("quality", "Contributors often suggest features they feel would help other users."),
    ("quality", "Some users feel the old layout was easier."),
    ("quality", "On Unix systems the cache lives one level up from the binary."),
    ("quality", "The hook can run multiple times without getting duplicate entries."),
    # escalate, not embellish
    ("quality", "Elevate the ticket to tier 2 if the customer asks for a refund."),
    ("quality", "Never elevate privileges inside the build script."),
    # an example follows: the example is the bar
    ("quality", "The commit message should look something like `2024-04-26 v6.0.0 release`."),
    # a comparison states a fact; "outstanding" as not yet settled
    ("quality", "This parser is more performant than the old one, but it is not a drop-in replacement."),
    ("quality", "List all outstanding invoices and any outstanding questions from the customer."),
    ("quality", "The vote can pass even if there are outstanding objections."),
]

STILL_FLAGGED = [
    ("LIT107", "Get the numbers right this time, or else.", "or else"),
    ("LIT103", "Don't miss a single file or else I'll switch to another tool.", "or else I'll"),
    ("LIT101", "This is top priority, drop everything else.", "top priority"),
    ("LIT102", "Help! The deploy is failing and I can't think.", "Help!"),
    ("LIT102", "I'm panicking, the demo is in ten minutes.", "panicking"),
    ("LIT107", "Could you get it right for once?", "for once"),
    ("LIT101", "I need this fixed immediately.", "immediately"),
    ("LIT201", "Match the format from the last call with Dana.", "from the last call"),
    ("LIT201", "Write it like the previous one.", "like the previous"),
    ("LIT201", "Don't repeat the mistakes from your last answer.", "your last answer"),
    ("LIT101", "This needs to be done immediately.", "immediately"),
    ("LIT101", "Send me the weekly reports immediately.", "immediately"),
    ("LIT101", "Fix it now.", "now"),
    ("LIT301", "Make the conclusion more persuasive.", "more persuasive"),
    ("LIT301", "It should feel welcoming and read more naturally.", "feel welcoming"),
    ("LIT301", "Elevate the copy so it sounds premium.", "Elevate"),
    ("LIT301", "Write an outstanding cover letter for the role.", "outstanding"),
    ("LIT301", "Make it more engaging than last year's post.", "more engaging"),
]


test_left_alone, test_still_flagged = shape_tests(LEFT_ALONE, STILL_FLAGGED)
