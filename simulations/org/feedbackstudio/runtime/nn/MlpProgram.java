package org.feedbackstudio.runtime.nn;

import ai.djl.ndarray.NDManager;
import ai.djl.pytorch.jni.IValue;

/**
 * The multilayer perceptron's arithmetic as one {@link TorchScriptProgram}: the loss and its gradient
 * (forward and backward pass written out, so nothing is recorded and nothing large is allocated),
 * the optimisers' in-place updates with libtorch's fused kernels, and the scoring of a test set.
 *
 * <p>Conventions shared by every method: {@code params} are weight₁, bias₁, weight₂, … (a weight is
 * [out, in]); {@code outputs[l]} and {@code deltas[l]} are scratch tensors [rows, width of layer l + 1]
 * with room for at least the rows used, holding layer l's output (after ReLU for hidden layers) and the
 * loss's gradient with respect to its pre-activation. Rows are taken from the top of the scratch
 * tensors with {@code narrow}, which views and never copies.
 */
final class MlpProgram implements AutoCloseable {
    static final String CLASS_NAME = "MlpProgram";

    /**
     * The backward pass is the textbook one for z_l = h_{l−1}·W_lᵀ + b_l, h_l = relu(z_l) and the loss
     * L = Σᵢ wᵢ·(−log softmax(z_L)ᵢ[yᵢ]): δ_L = w ⊙ (softmax(z_L) − onehot(y)), ∂L/∂W_l = δ_lᵀ·h_{l−1},
     * ∂L/∂b_l = Σᵢ δ_l, δ_{l−1} = (δ_l·W_l) ⊙ [h_{l−1} &gt; 0] — the same products autograd would form.
     */
    static final String SOURCE = """
            class MlpProgram(Module):
              __parameters__ = []
              __buffers__ = []
              training : bool
              def logits(self: __torch__.MlpProgram, x: Tensor, params: List[Tensor],
                  outputs: List[Tensor]) -> Tensor:
                n = torch.size(x, 0)
                layers = torch.floordiv(torch.len(params), 2)
                h = x
                for l in range(layers):
                  z = torch.narrow(outputs[l], 0, 0, n)
                  _0 = torch.addmm(params[2 * l + 1], h, torch.t(params[2 * l]), out=z)
                  if l + 1 < layers:
                    _1 = torch.relu_(z)
                  h = z
                return h
              def gradients(self: __torch__.MlpProgram, x: Tensor, y: Tensor, w: Tensor, first: int, n: int,
                  params: List[Tensor], grads: List[Tensor], outputs: List[Tensor],
                  deltas: List[Tensor]) -> float:
                layers = torch.floordiv(torch.len(params), 2)
                xs = torch.narrow(x, 0, first, n)
                ys = torch.narrow(y, 0, first, n)
                ws = torch.narrow(w, 0, first, n)
                log_p = torch.log_softmax(self.logits(xs, params, outputs), 1)
                loss = torch.neg(torch.sum(torch.mul(torch.gather(log_p, 1, ys), ws)))
                d = torch.narrow(deltas[layers - 1], 0, 0, n)
                _0 = torch.exp(log_p, out=d)
                _1 = torch.scatter_add_(d, 1, ys, torch.neg(torch.ones_like(ws)))
                _2 = torch.mul_(d, ws)
                for k in range(layers):
                  l = layers - 1 - k
                  if l == 0:
                    h = xs
                  else:
                    h = torch.narrow(outputs[l - 1], 0, 0, n)
                  _3 = torch.mm(torch.t(d), h, out=grads[2 * l])
                  _4 = torch.sum(d, [0], False, dtype=None, out=grads[2 * l + 1])
                  if l > 0:
                    d_before = torch.narrow(deltas[l - 1], 0, 0, n)
                    _5 = torch.mm(d, params[2 * l], out=d_before)
                    _6 = torch.threshold_backward(d_before, h, 0., grad_input=d_before)
                    d = d_before
                return torch.item(loss)
              def add_squared_gradients(self: __torch__.MlpProgram, x: Tensor, y: Tensor, w: Tensor, n: int,
                  params: List[Tensor], grads: List[Tensor], outputs: List[Tensor], deltas: List[Tensor],
                  sums: List[Tensor]) -> NoneType:
                for row in range(n):
                  _0 = self.gradients(x, y, w, row, 1, params, grads, outputs, deltas)
                  for i in range(torch.len(sums)):
                    _1 = torch.addcmul_(sums[i], grads[i], grads[i])
                return None
              def adam(self: __torch__.MlpProgram, params: List[Tensor], grads: List[Tensor], means: List[Tensor],
                  variances: List[Tensor], step: Tensor, lr: float, beta1: float, beta2: float,
                  eps: float) -> NoneType:
                _0 = torch.add_(step, 1.)
                steps = annotate(List[Tensor], [])
                for i in range(torch.len(params)):
                  _1 = torch.append(steps, step)
                torch._fused_adam_(params, grads, means, variances, annotate(List[Tensor], []), steps, lr=lr,
                    beta1=beta1, beta2=beta2, weight_decay=0., eps=eps, amsgrad=False, maximize=False)
                return None
              def sgd(self: __torch__.MlpProgram, params: List[Tensor], grads: List[Tensor],
                  buffers: List[Tensor], lr: float, momentum: float) -> NoneType:
                torch._fused_sgd_(params, grads, buffers, weight_decay=0., momentum=momentum, lr=lr,
                    dampening=0., nesterov=False, maximize=False, is_first_step=False)
                return None
              def count_correct(self: __torch__.MlpProgram, x: Tensor, labels: Tensor, groups: int,
                  params: List[Tensor], outputs: List[Tensor]) -> List[int]:
                hits = torch.eq(torch.argmax(self.logits(x, params, outputs), 1), labels)
                return annotate(List[int], torch.sum(torch.view(hits, [groups, -1]), [1]).tolist())
            """;

    private final TorchScriptProgram program;

    MlpProgram(NDManager manager) {
        this.program = TorchScriptProgram.compile(manager, CLASS_NAME, SOURCE);
    }

    /** Runs a method and closes its result. */
    void run(String method, IValue... arguments) {
        program.call(method, arguments).close();
    }

    /** Runs a method and returns its result, which the caller closes. */
    IValue call(String method, IValue... arguments) {
        return program.call(method, arguments);
    }

    @Override
    public void close() {
        program.close();
    }
}
