package io.github.plasticity.core;

/** A rule that changes nothing and keeps its {@link RuleBinding}, so tests can inspect it. */
final class CapturingRule implements LearningRule {
    private final String name;
    RuleBinding binding;

    CapturingRule(String name) {
        this.name = name;
    }

    CapturingRule() {
        this("capture");
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public RuleKernel bind(RuleBinding b) {
        this.binding = b;
        return (ctx, from, to) -> {};
    }
}
