// @case fft_1d
// @tol 1e-5
// TF.js runs its own float32 FFT; we transform in float64 and round once.
return tf.spectral.fft(tf.complex([1, 2, 3, 4], [0, 1, 0, -1]));
// @case fft_top_level_2d
// @tol 1e-5
return tf.fft(tf.complex([[1, 2, 3], [4, 5, 6]], [[0.5, 0, -1], [2, 0, 1]]));
// @case fft_method
// @tol 1e-5
return tf.complex([1, 0, 0, 0, 0], [0, 0, 0, 0, 1]).fft();
// @case fft_rank3
// @tol 1e-5
return tf.fft(tf.complex(tf.ones([2, 1, 3]), tf.zeros([2, 1, 3])));
// @case fft_float_error
tf.fft(tf.tensor1d([1, 2]));
// @case fft_array_error
tf.fft([1, 2]);
// @case fft_scalar_error
tf.fft(tf.complex(1, 1));
// @case ifft_1d
// @tol 1e-5
return tf.spectral.ifft(tf.complex([1, 2, 3, 4], [0, 1, 0, -1]));
// @case ifft_method_2d
// @tol 1e-5
return tf.complex([[1, 2], [3, 4]], [[1, 1], [0, 0]]).ifft();
// @case ifft_roundtrip
// @tol 1e-5
return tf.ifft(tf.fft(tf.complex([1, -2, 3.5], [0.25, 0, 2])));
// @case ifft_int_error
tf.ifft(tf.tensor1d([1, 2], 'int32'));
// @case rfft_odd
// @tol 1e-5
return tf.spectral.rfft(tf.tensor1d([1, 2, 3, 4, 5]));
// @case rfft_even_2d
// @tol 1e-5
return tf.rfft(tf.tensor2d([[1, 2, 3, 4], [0, 1, 0, -1]]));
// @case rfft_crop
// @tol 1e-5
return tf.rfft(tf.tensor1d([1, 2, 3, 4, 5]), 3);
// @case rfft_pad
// @tol 1e-5
return tf.rfft(tf.tensor1d([1, 2, 3]), 6);
// @case rfft_method_rank3
// @tol 1e-5
return tf.ones([1, 2, 3]).rfft();
// @case rfft_complex_error
tf.rfft(tf.complex([1, 2], [1, 1]));
// @case rfft_int_error
tf.rfft(tf.tensor1d([1, 2], 'int32'));
// @case irfft_2d
// @tol 1e-5
return tf.spectral.irfft(tf.complex([[1, 2, 3], [4, 5, 6]], [[0, 1, 0], [1, 1, 1]]));
// @case irfft_1d_gives_2d
// @tol 1e-5
return tf.irfft(tf.complex([1, 2], [0, 0]));
// @case irfft_single_bin
// @tol 1e-5
return tf.irfft(tf.complex([1], [1]));
// @case irfft_rank3_method
// @tol 1e-5
return tf.complex([[[1, 2, 3]]], [[[0, 0, 0]]]).irfft();
// @case irfft_roundtrip
// @tol 1e-5
return tf.irfft(tf.rfft(tf.tensor1d([1, -2, 3, 0.5, 7, 2])));
// @case irfft_float_error
tf.irfft(tf.tensor1d([1, 2]));
// @case hann_odd
// @tol 1e-6
return tf.signal.hannWindow(5);
// @case hann_even
// @tol 1e-6
return tf.signal.hannWindow(8);
// @case hann_zero
return tf.signal.hannWindow(0);
// @case hann_one_nan
return tf.signal.hannWindow(1);
// @case hamming_even
// @tol 1e-6
return tf.signal.hammingWindow(4);
// @case hamming_odd
// @tol 1e-6
return tf.signal.hammingWindow(7);
// @case cosine_window
// @tol 1e-6
return tf.cosineWindow(6, 0.42, 0.5);
// @case frame_basic
return tf.signal.frame(tf.range(0, 10), 3, 2);
// @case frame_pad_end
return tf.signal.frame(tf.range(0, 10), 3, 2, true, 9);
// @case frame_pad_end_default_value
return tf.signal.frame(tf.tensor1d([1, 2, 3, 4, 5]), 4, 3, true);
// @case frame_int32
return tf.signal.frame(tf.tensor1d([1, 2, 3], 'int32'), 2, 1, true, 7);
// @case frame_none_is_float32
return tf.signal.frame(tf.tensor1d([1, 2, 3], 'int32'), 5, 1);
// @case frame_step_bigger_than_length
return tf.signal.frame(tf.range(0, 12), 2, 5);
// @case stft_default
// @tol 1e-5
return tf.signal.stft(tf.range(0, 16), 8, 4);
// @case stft_fft_length
// @tol 1e-5
return tf.signal.stft(tf.range(0, 16), 8, 4, 5);
// @case stft_odd_frame_pow2
// @tol 1e-5
return tf.signal.stft(tf.tensor1d([1, 3, -2, 4, 0, 5, 1, -1, 2]), 3, 2);
// @case stft_window_fn
// @tol 1e-5
return tf.signal.stft(tf.tensor1d([1, 2, 3, 4, 5, 6, 7, 8, 9]), 4, 2, undefined, (n) => tf.ones([n]));
// @case stft_hamming
// @tol 1e-5
return tf.signal.stft(tf.tensor1d([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]), 4, 3, 8, tf.signal.hammingWindow);
