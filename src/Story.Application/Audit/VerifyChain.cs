using MediatR;
using Story.Audit;
using Story.Store;

namespace Story.Application.Audit;

/// <summary>Recompute the hash chain over the whole log.</summary>
public sealed record VerifyChain(IProgress<long>? Progress = null) : IRequest<ChainVerification>;

public sealed class VerifyChainHandler(IEventStore store) : IRequestHandler<VerifyChain, ChainVerification>
{
    public Task<ChainVerification> Handle(VerifyChain request, CancellationToken cancellationToken) =>
        ChainVerifier.VerifyAsync(store, request.Progress, cancellationToken);
}
